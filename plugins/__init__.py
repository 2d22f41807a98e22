"""verify's built-in plugins, installed as ``verify_plugins``.

Each module here is an ordinary plugin, registered through the ``verify``
entry-point group in pyproject.toml exactly like a third-party package.
"""
