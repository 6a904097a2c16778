import AdderSubprocess
import Testing

struct SubprocessTests {
  @Test func runCapturesOutputAndStatus() {
    let result = Subprocess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"])
    #expect(result.stdout == "out\n")
    #expect(result.stderr == "err\n")
    #expect(result.status == 3)
  }

  @Test func aSignalIsReportedAsTheShellDoes() {
    #expect(Subprocess.run(["/bin/sh", "-c", "kill -9 $$"]).status == 128 + 9)
  }

  @Test func aMissingProgramIs127() {
    #expect(Subprocess.run(["/nonexistent/program"]).status == 127)
  }

  @Test func filesRoundTripBytes() {
    let directory = Subprocess.scratchDirectory()
    let path = directory + "/bytes"
    let bytes: [UInt8] = [0, 0xC3, 0xFF, 10, 0x90]
    #expect(Subprocess.writeFile(path, bytes: bytes))
    let listing = Subprocess.run(["/usr/bin/od", "-An", "-tx1", path]).stdout
    #expect(listing.split(whereSeparator: { $0 == " " || $0 == "\n" }) == ["00", "c3", "ff", "0a", "90"])
    #expect(Subprocess.findExecutable("sh") != nil)
  }
}
