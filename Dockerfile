FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/oasis.jar /app/oasis.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/oasis.jar"]
