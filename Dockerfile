# Multi-stage build of the statute impact analyser.
#   docker build -t statute-impact .
#   docker run -p 8080:8080 -v /path/to/corpus:/corpus:ro -v statute-data:/data statute-impact
# The corpus (e-Gov XML: ja/core, ja/acts.tar.xz, glossary/, en/ — laid out like ../shared/corpus)
# is mounted, never baked in; the index is built into /data on first start and reused after.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# Dependencies first, so source changes do not re-download them.
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app app \
 && mkdir -p /data /corpus && chown app /data
WORKDIR /app
COPY --from=build --chown=app /src/target/quarkus-app/ /app/
ENV CORPUS_DIR=/corpus \
    LAWIMPACT_DATA_DIR=/data \
    JAVA_OPTS="-Xmx1g"
VOLUME ["/data"]
EXPOSE 8080
USER app
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
