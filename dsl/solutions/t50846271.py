"""Complete the broken red plus signs, painting their missing cells cyan."""

from dsl import CYAN, RED, fill_cells, find, height, width


def transform(grid):
    red = set(find(grid, RED))
    loose, crosses = set(red), []
    while loose:
        best = max(
            (len(loose & set(_plus(r, c, arm))), -arm, r, c)
            for r in range(height(grid))
            for c in range(width(grid))
            for arm in (2, 3)
        )
        plus = _plus(best[2], best[3], -best[1])
        crosses = crosses + plus
        loose = loose - set(plus)
    return fill_cells(grid, [p for p in crosses if p not in red], CYAN)


def _plus(r, c, arm):
    return [(r + i, c) for i in range(-arm, arm + 1)] + [(r, c + i) for i in range(-arm, arm + 1)]
