"""The hand-written transform library and the exhaustive search over it; no operator code.

transforms.py is the Transform type (a few lines of DSL source with a shape rule) and how
it is applied and rendered; infer.py reads facts off the train pairs (background, colour
maps, size ratios); the theme modules (compact, edits, moves, parts, recolour, strokes,
local) and families.py build the parameterised library; fitted/ holds families that read
a whole rule off the train pairs and emit only transforms that fit; search.py is the
depth-2 exhaustive search with finishing steps; augment.py runs it under the symmetries of
the square; deepen.py runs it on a near miss's residual and splices the steps it finds onto
the program; outcome.py scores ranked results on a task's test pairs.
"""
