# A small ray tracer written without classes (in the spirit of
# pyperformance's "raytrace", which needs classes and is not in Adder's
# subset): vectors are 3-tuples, spheres are tuples, and a scene is a list.
# Lambert shading, hard shadows and up to 3 reflections.
# Measures float arithmetic, tuple allocation, function calls and math.sqrt.
# Usage: raytrace.py [WIDTH]   (HEIGHT = WIDTH)  Prints an image checksum.
import sys
import math


def add(a, b):
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a, k):
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def normalize(a):
    return scale(a, 1.0 / math.sqrt(dot(a, a)))


# sphere: (center, radius, colour, reflectivity)
SCENE = [
    ((0.0, -1000.0, 0.0), 999.0, (0.8, 0.8, 0.8), 0.2),
    ((0.0, 0.0, 5.0), 1.0, (1.0, 0.2, 0.2), 0.4),
    ((-2.0, 0.0, 6.0), 1.0, (0.2, 1.0, 0.2), 0.3),
    ((2.0, 0.0, 6.0), 1.0, (0.2, 0.2, 1.0), 0.5),
    ((0.0, 1.5, 7.0), 0.7, (1.0, 1.0, 0.2), 0.1),
]
LIGHT = normalize((-1.0, 2.0, -1.5))
AMBIENT = 0.1


def hit_sphere(origin, direction, sphere):
    oc = sub(origin, sphere[0])
    b = dot(oc, direction)
    c = dot(oc, oc) - sphere[1] * sphere[1]
    disc = b * b - c
    if disc < 0.0:
        return -1.0
    root = math.sqrt(disc)
    t = -b - root
    if t > 1e-6:
        return t
    t = -b + root
    if t > 1e-6:
        return t
    return -1.0


def closest(origin, direction):
    best_t = 1e30
    best = None
    for sphere in SCENE:
        t = hit_sphere(origin, direction, sphere)
        if t > 0.0 and t < best_t:
            best_t = t
            best = sphere
    return (best_t, best)


def trace(origin, direction, depth):
    hit = closest(origin, direction)
    sphere = hit[1]
    if sphere is None:
        k = 0.5 * (direction[1] + 1.0)
        return (0.6 * k + 0.2, 0.7 * k + 0.2, 1.0 * k + 0.2)
    point = add(origin, scale(direction, hit[0]))
    normal = normalize(sub(point, sphere[0]))
    light = AMBIENT
    lambert = dot(normal, LIGHT)
    if lambert > 0.0:
        if closest(point, LIGHT)[1] is None:
            light += lambert
    colour = scale(sphere[2], light)
    refl = sphere[3]
    if depth < 3 and refl > 0.0:
        r = sub(direction, scale(normal, 2.0 * dot(direction, normal)))
        bounced = trace(point, r, depth + 1)
        colour = add(scale(colour, 1.0 - refl), scale(bounced, refl))
    return colour


def channel(x):
    if x < 0.0:
        return 0
    if x > 1.0:
        return 255
    return int(x * 255.0)


def render(width, height):
    eye = (0.0, 0.5, -1.0)
    checksum = 0
    for y in range(height):
        for x in range(width):
            dx = (x - width / 2.0) / width
            dy = (height / 2.0 - y) / height
            c = trace(eye, normalize((dx, dy, 1.0)), 0)
            pixel = channel(c[0]) * 65536 + channel(c[1]) * 256 + channel(c[2])
            checksum = (checksum * 16777619 + pixel) % 4294967296
    return checksum


size = 250
if len(sys.argv) > 1:
    size = int(sys.argv[1])
print("raytrace %dx%d checksum %d" % (size, size, render(size, size)))
