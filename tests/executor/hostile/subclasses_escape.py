# expect: rejected '__class__'
# unguarded: error PermissionError
"""The classic escape: walk object's subclasses to a class whose module imported os."""


def transform(grid):
    for cls in ().__class__.__bases__[0].__subclasses__():
        if cls.__name__ == "_wrap_close":
            system = cls.__init__.__globals__["popen"]
            return system("touch /tmp/evo_hostile_pwned_subclasses").read()
    return grid
