"""The wire: a sans-I/O protocol layer (``protocol``) under thin hub and client glue."""
