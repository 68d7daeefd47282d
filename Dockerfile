# The Tirlun explorer. With docker-compose.yml it talks to the neo4j service through NEO4J_URI
# (so `tirlun demo` starts no Neo4j of its own), loads the seed when the graph is empty, then
# serves the app on 0.0.0.0:8501 inside the container. Without NEO4J_URI it would try to start a
# local Neo4j, which this image cannot (no Java): run it with compose, or pass NEO4J_URI.
FROM python:3.11-slim
WORKDIR /src
COPY . .
# A real install (not editable): the app, queries, catalogues and seed ship inside the package.
RUN pip install --no-cache-dir . && rm -rf /src
WORKDIR /app
ENV STREAMLIT_BROWSER_GATHER_USAGE_STATS=false
EXPOSE 8501
CMD ["tirlun", "demo", "--no-browser", "--address", "0.0.0.0", "--port", "8501"]
