"""FastAPI routers, one module per resource; each page route has its ``/api/`` twin."""
