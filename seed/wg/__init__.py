"""The West Glamorgan seed (CSV files): Swansea and Neath Port Talbot."""
