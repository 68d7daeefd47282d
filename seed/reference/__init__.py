"""The Cwm Taf Morgannwg seed (CSV files), shipped as tirlun.seed.ctm so `tirlun demo` finds it anywhere."""
