FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/oasis.jar /app/oasis.jar
EXPOSE 8080
# Default heap 1 GB (override: docker run -e JAVA_TOOL_OPTIONS=-Xmx2g ...).
ENV JAVA_TOOL_OPTIONS="-Xmx1g"
ENTRYPOINT ["java", "-jar", "/app/oasis.jar"]
