# A singly linked list as two classes: push/append/pop, reverse in place, find,
# remove, __len__, __repr__ and building from a list.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=None):
        self.head = None
        self.size = 0
        if values is not None:
            for v in values:
                self.append(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop(self):
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def find(self, value):
        i = 0
        cur = self.head
        while cur is not None:
            if cur.value == value:
                return i
            cur = cur.next
            i += 1
        return -1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList(" + " -> ".join([repr(v) for v in self.to_list()]) + ")"


ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.push(0)
ll.append(4)
print(ll)
ll.reverse()
print(ll)
print(ll.find(3), ll.find(99))
print(ll.remove(2), ll.remove(42), ll.remove(4))
print(ll, len(ll))
print(ll.pop(), ll.pop(), ll)
empty = LinkedList()
print(empty, len(empty), bool(empty))
words = LinkedList(["b", "a"])
words.push("c")
print(words, words.to_list())
big = LinkedList()
for i in range(200):
    big.push(i)
big.reverse()
print(len(big), big.to_list()[:5], big.find(150))
