"""Language-model backends behind one small interface, each imported only when chosen."""
