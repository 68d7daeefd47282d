"""The 22 Welsh council areas' boundaries, simplified for the Compare page's map (tools/build_boundaries.py)."""
