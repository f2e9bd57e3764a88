# Oasis in two stages. The build resolves the Maven dependencies in a layer of their own (kept
# while only the sources change); the runtime image holds the Spring Boot layers (dependencies
# first, the application's classes last), runs as an unprivileged user and reports its health.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -q -B -ntp -o package -DskipTests \
    && java -Djarmode=tools -jar target/oasis.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system oasis && useradd --system --gid oasis --home-dir /var/lib/oasis oasis \
    && mkdir -p /var/lib/oasis && chown oasis:oasis /var/lib/oasis \
    && apt-get update -qq && apt-get install -y -qq --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER oasis
ENV OASIS_HOME=/var/lib/oasis \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
