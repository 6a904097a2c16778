# An exception raised inside a method propagates to the caller.
class Parser:
    def __init__(self, text):
        self.text = text

    def number(self):
        return int(self.text)


print(Parser("12").number())
Parser("twelve").number()
