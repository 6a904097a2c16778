# try/except/finally inside methods; an exception propagating out of a method
# through another method; finally running on return.
class Resource:
    def __init__(self, name):
        self.name = name
        self.log = []

    def risky(self, x):
        try:
            self.log.append("start %d" % x)
            return 10 // x
        finally:
            self.log.append("end %d" % x)

    def safe(self, x):
        try:
            return self.risky(x)
        except ZeroDivisionError as e:
            self.log.append("caught: " + str(e))
            return None


r = Resource("r")
print(r.safe(2), r.safe(0), r.safe(5))
print(r.log)
