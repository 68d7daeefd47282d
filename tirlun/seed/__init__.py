"""The data that ships with Tirlun. Its parts live at the top of the checkout and are mapped in by
pyproject.toml's package-dir: tirlun.seed.ctm is seed/ctm/ (the Cwm Taf Morgannwg seed),
tirlun.seed.reference is seed/reference/ (the shared Wales reference) and tirlun.seed.synthetic is
seed/synthetic/ (the all-Wales generator). The seed's builder scripts (seed/*.py) stay in the checkout."""
