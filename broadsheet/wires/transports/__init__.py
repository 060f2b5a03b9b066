"""How copy arrives: an agency's folder on the server, or its feed address pulled on an interval.

Both hand bytes to the ingest, which does not know or care how they came.
"""
