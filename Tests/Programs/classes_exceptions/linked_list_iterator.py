# A linked list with an __iter__ returning a node-walking iterator object.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class ListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


class Stack:
    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, v):
        self.top = Node(v, self.top)
        self.size += 1

    def __iter__(self):
        return ListIterator(self.top)

    def __len__(self):
        return self.size


s = Stack()
for ch in "adder":
    s.push(ch)
print(list(s), len(s), "".join(s))
print([c.upper() for c in s if c != "d"])
total = 0
for _ in range(3):
    for c in s:
        total += ord(c)
print(total)
