# A small expression interpreter: AST node classes with eval() and __repr__, an
# environment for variables, and a tokenizer/parser producing the nodes.
class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __repr__(self):
        return "Num(%r)" % self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def __repr__(self):
        return "Var(%s)" % self.name


class BinOp:
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
    }

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        return BinOp.ops[self.op](self.left.eval(env), self.right.eval(env))

    def __repr__(self):
        return "BinOp(%r, %r, %r)" % (self.op, self.left, self.right)


class Let:
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env):
        inner = dict(env)
        inner[self.name] = self.value.eval(env)
        return self.body.eval(inner)


class Parser:
    def __init__(self, text):
        self.tokens = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            node = BinOp(self.next(), node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() in ("*", "/"):
            node = BinOp(self.next(), node, self.atom())
        return node

    def atom(self):
        tok = self.next()
        if tok == "(":
            node = self.expr()
            self.next()
            return node
        if tok.isdigit():
            return Num(int(tok))
        return Var(tok)


env = {"x": 6, "y": 7}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 2", "100 / (x - 1) / 2", "x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x * x"]:
    tree = Parser(src).expr()
    print(src if len(src) < 30 else src[:27] + "...", "=", tree.eval(env))
print(Parser("a + 2 * b").expr())
prog = Let("z", BinOp("+", Num(1), Var("x")), BinOp("*", Var("z"), Var("z")))
print(prog.eval(env))
print(Let("x", Num(2), Let("x", BinOp("*", Var("x"), Num(10)), Var("x"))).eval(env))
