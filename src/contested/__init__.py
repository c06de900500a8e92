"""contested: conflict news into a sourced incident database.

Importing the package is cheap: heavy libraries load lazily where they are used.
"""

__version__ = "0.1.0"
