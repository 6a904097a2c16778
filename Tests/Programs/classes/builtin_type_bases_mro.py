# __bases__ and __mro__ of built-in types (the exception hierarchy, bool) as of classes.
class A: pass
class B(A): pass
print(B.__bases__, B.__mro__)
print(ValueError.__bases__, ValueError.__mro__)
print(object.__bases__, object.__mro__, bool.__mro__, KeyError.__bases__, int.__bases__)
