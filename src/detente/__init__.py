"""detente: are relations between states converging or diverging, and what is the evidence?"""

__version__ = "0.1.0"
