# The Tirlun explorer. With docker-compose.yml it talks to the neo4j service;
# `tirlun demo` loads the seed when the graph is empty, then serves the app.
FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -e .
ENV STREAMLIT_BROWSER_GATHER_USAGE_STATS=false
EXPOSE 8501
CMD ["tirlun", "demo", "--no-browser", "--host", "0.0.0.0", "--port", "8501"]
