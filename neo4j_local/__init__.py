"""A local Neo4j for `tirlun demo` and the tests, fetched with Maven (pom.xml) and run as a child process."""
