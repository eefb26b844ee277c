"""ngoaivu."""
