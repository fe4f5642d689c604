# A package that local_import.py imports.
NAME = "localpkg"
print("package", __name__)
