import CAdderSupport
import Testing

/// `adder_block_allocate`: small blocks come back from their size class's free list, contents
/// survive a move between classes and to and from malloc'd sizes, and NULL frees are ignored.
struct BlockAllocatorTests {
  @Test func freedSmallBlockIsReusedForItsClass() throws {
    let first = try #require(adder_block_allocate(40))
    adder_block_free(first, 40)
    // 33...48 bytes share a class: the block just freed is the next one handed out.
    let second = try #require(adder_block_allocate(48))
    #expect(second == first)
    adder_block_free(second, 48)
  }

  @Test(arguments: [(8, 24), (24, 8), (100, 600), (600, 100), (600, 4000), (500, 512)])
  func reallocateKeepsTheContents(sizes: (Int, Int)) throws {
    let (old, new) = sizes
    let block = try #require(adder_block_allocate(old)).assumingMemoryBound(to: UInt8.self)
    for i in 0..<old { block[i] = UInt8(truncatingIfNeeded: i &* 7 &+ 3) }
    let moved = try #require(adder_block_reallocate(block, old, new)).assumingMemoryBound(to: UInt8.self)
    for i in 0..<min(old, new) { #expect(moved[i] == UInt8(truncatingIfNeeded: i &* 7 &+ 3)) }
    adder_block_free(moved, new)
  }

  @Test func manyBlocksAreDistinctAndWritable() throws {
    var blocks: [UnsafeMutableRawPointer] = []
    for i in 0..<10_000 {
      let size = 16 + (i % 32) * 16
      let block = try #require(adder_block_allocate(size))
      block.storeBytes(of: i, as: Int.self)
      blocks.append(block)
    }
    #expect(Set(blocks).count == blocks.count)
    for (i, block) in blocks.enumerated() {
      #expect(block.load(as: Int.self) == i)
      adder_block_free(block, 16 + (i % 32) * 16)
    }
    adder_block_free(nil, 64)
  }
}
