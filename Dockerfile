# The PlanGraph API. With NEO4J_URI set (docker compose does), no Java or embedded Neo4j is needed.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm install --no-save tsx
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY data ./data
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "src/cli.ts", "serve"]
