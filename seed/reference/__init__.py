"""The shared Wales reference (CSV files): all-Wales and cross-region rows every region shares (owner wales)."""
