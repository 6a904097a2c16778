def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            text = s[i:j]
            tokens.append(float(text) if '.' in text else int(text))
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens
def parse_expr(toks, pos):
    val, pos = parse_term(toks, pos)
    while pos < len(toks) and toks[pos] in ('+', '-'):
        op = toks[pos]
        rhs, pos = parse_term(toks, pos + 1)
        val = val + rhs if op == '+' else val - rhs
    return val, pos
def parse_term(toks, pos):
    val, pos = parse_atom(toks, pos)
    while pos < len(toks) and toks[pos] in ('*', '/', '%'):
        op = toks[pos]
        rhs, pos = parse_atom(toks, pos + 1)
        if op == '*':
            val *= rhs
        elif op == '/':
            val /= rhs
        else:
            val %= rhs
    return val, pos
def parse_atom(toks, pos):
    t = toks[pos]
    if t == '(':
        val, pos = parse_expr(toks, pos + 1)
        return val, pos + 1
    if t == '-':
        val, pos = parse_atom(toks, pos + 1)
        return -val, pos
    return t, pos + 1
for src in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '-7 % 3', '2.5 * (4 - 1.5)', '((2))*-3+100']:
    toks = tokenize(src)
    print(f'{src!r:>18} -> {toks} = {parse_expr(toks, 0)[0]}')
