# newsflow image: one image for the three services (docker-compose.yml runs `run ingest|enrich|sink` on it).
# Works with the classic builder and BuildKit alike (no BuildKit-only syntax).

# ---- build: the launcher jar and its runtime classpath (launcher/target/newsflow.jar + lib/) ----
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
# The poms first, then the dependencies and plugins they name (our own modules excluded: they are built below),
# so that a change in the sources alone keeps the downloaded layer. A new module needs its pom listed here.
COPY pom.xml ./
COPY events/pom.xml events/
COPY settings/pom.xml settings/
COPY broker/pom.xml broker/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY testkit/pom.xml testkit/
COPY measure/pom.xml measure/
COPY launcher/pom.xml launcher/
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=news.newsflow
COPY . .
RUN mvn -B -q -DskipTests package

# ---- runtime ----
FROM eclipse-temurin:17-jre-noble

# The user the services run as. Host folders bind-mounted into /data (inbox/, processed/, failed/, out/) must be
# writable by it: docker-compose.yml passes the host user's ids (NEWSFLOW_UID/NEWSFLOW_GID, default 1000).
ARG NEWSFLOW_UID=1000
ARG NEWSFLOW_GID=1000

# Ubuntu 24.04 images ship a user "ubuntu" with uid/gid 1000: remove it so that those ids name newsflow.
# --non-unique: the ids given may still belong to a system group (gid 100 "users" on some distributions).
RUN if id -u ubuntu >/dev/null 2>&1; then userdel ubuntu && rm -rf /home/ubuntu; fi \
    && (groupdel ubuntu 2>/dev/null || true) \
    && groupadd --non-unique --gid "${NEWSFLOW_GID}" newsflow \
    && useradd --non-unique --no-log-init --uid "${NEWSFLOW_UID}" --gid newsflow --no-create-home --home-dir /data \
        --shell /usr/sbin/nologin newsflow \
    && mkdir -p /data/inbox /data/processed /data/failed /data/out /data/.newsflow \
    && chown -R newsflow:newsflow /data

ENV NEWSFLOW_HOME=/opt/newsflow
COPY --from=build /src/launcher/target/lib/ /opt/newsflow/lib/
COPY --from=build /src/launcher/target/newsflow.jar /opt/newsflow/newsflow.jar
COPY config/ /opt/newsflow/config/
COPY seeds/ /opt/newsflow/seeds/

USER newsflow
# Relative paths of the defaults land here: inbox/, processed/, failed/, out/ and the state directory .newsflow/
# (Streams state in .newsflow/streams). The folders exist in the image with the right owner, so a named volume
# mounted on one of them starts out writable.
WORKDIR /data
VOLUME ["/data"]

# JVM options: set JAVA_TOOL_OPTIONS (for example -Xmx512m); docker-compose.yml fills it from NEWSFLOW_JAVA_OPTS.
ENTRYPOINT ["java", "-Dnewsflow.home=/opt/newsflow", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
