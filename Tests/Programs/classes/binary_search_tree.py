# A binary search tree: insert, contains, in-order traversal, height, min/max and
# deletion, with nodes as instances.
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    self.count += 1
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    self.count += 1
                    return
                node = node.right

    def contains(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        out = []
        self._walk(self.root, out)
        return out

    def _walk(self, node, out):
        if node is not None:
            self._walk(node.left, out)
            out.append(node.key)
            self._walk(node.right, out)

    def height(self):
        return self._height(self.root)

    def _height(self, node):
        if node is None:
            return 0
        return 1 + max(self._height(node.left), self._height(node.right))

    def minimum(self):
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            self.count -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key = succ.key
            self.count += 1
            node.right = self._delete(node.right, succ.key)
        return node


t = BST()
seed = 7
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    t.insert(seed % 100)
print(t.count, t.height(), t.minimum())
print(t.inorder())
print([k for k in range(10) if t.contains(k)])
for k in [t.root.key, 0, 50, 99, 13]:
    t.delete(k)
print(t.count, len(t.inorder()), t.inorder() == sorted(t.inorder()))
print(t.inorder()[:10])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.count)
