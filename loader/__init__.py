"""The Tirlun data format and loader: models (the format), read and validate (every problem at once,
in the reader's language), plan and load (all or nothing into Neo4j), templates (generated from the models).

Use: ``data, problems = loader.validate.validate_path(path)``, show the problems, then
``loader.load.load(db, data)``; or ``loader.load.load_path(db, path)`` to do both.
"""
