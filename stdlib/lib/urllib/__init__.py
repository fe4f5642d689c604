"""slotpy urllib package."""
