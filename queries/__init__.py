"""The query library: Cypher files, shipped inside the package as tirlun.queries (see tirlun/registry.py)."""
