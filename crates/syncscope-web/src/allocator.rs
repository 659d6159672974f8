//! The wasm module's memory allocator: power-of-two size classes, one free list each.
//!
//! Why not the standard library's (dlmalloc): it weighed about 4 KB of the gzipped module.
//! This one is a few hundred bytes and O(1) for every call, which suits what the engine does
//! (many small, short-lived values; `Vec`s that double). The price is memory: a block is the
//! request rounded up to a power of two, and a freed block is only reused for its own size
//! class (never split or merged). A widget's heap is a few megabytes at most, so that is a
//! fair trade.
//!
//! Memory comes from `memory.grow` and is never given back (wasm cannot shrink a memory).
//! The module has one thread (wasm32-unknown-unknown without atomics), so the state needs no
//! lock. Native builds (the unit tests) keep the system allocator.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// Smallest block: room for the free list's link.
const MIN_SHIFT: u32 = 3;
/// Classes 2^3 .. 2^31 bytes.
const CLASSES: usize = 29;
const PAGE: usize = 65536;
/// Blocks are aligned to their size up to this (so a request's alignment, never more than
/// its block size here, is always met).
const MAX_ALIGN: usize = 4096;

struct State {
    /// Head of each class's free list (0: empty); a free block's first word links the next.
    free: [usize; CLASSES],
    /// The unused rest of the memory grown so far: `next..end`.
    next: usize,
    end: usize,
}

pub struct SizeClasses(UnsafeCell<State>);

// SAFETY: the wasm module runs on one thread; nothing shares the allocator across threads.
unsafe impl Sync for SizeClasses {}

#[global_allocator]
static ALLOCATOR: SizeClasses = SizeClasses(UnsafeCell::new(State {
    free: [0; CLASSES],
    next: 0,
    end: 0,
}));

/// The class of blocks that can hold `size` bytes at `align`.
fn class(size: usize, align: usize) -> Option<usize> {
    let bytes = size
        .max(align)
        .max(1 << MIN_SHIFT)
        .checked_next_power_of_two()?;
    let class = (bytes.trailing_zeros() - MIN_SHIFT) as usize;
    (class < CLASSES && align <= MAX_ALIGN).then_some(class)
}

impl State {
    /// A fresh block of `size` bytes (a power of two) from the end of the memory, growing it
    /// when needed; 0 when the memory cannot grow.
    fn carve(&mut self, size: usize) -> usize {
        let align = size.min(MAX_ALIGN);
        loop {
            let Some(start) = self.next.checked_add(align - 1).map(|n| n & !(align - 1)) else {
                return 0;
            };
            match start.checked_add(size) {
                Some(stop) if stop <= self.end => {
                    self.next = stop;
                    return start;
                }
                Some(stop) => {
                    let pages = (stop - self.end).div_ceil(PAGE);
                    let old = core::arch::wasm32::memory_grow(0, pages);
                    if old == usize::MAX {
                        return 0;
                    }
                    let base = old * PAGE;
                    if base != self.end {
                        // Not contiguous with what we had (the first growth): start afresh
                        // at the new pages.
                        self.next = base;
                        self.end = base;
                    }
                    self.end += pages * PAGE;
                }
                None => return 0,
            }
        }
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout.size(), layout.align()) else {
            return core::ptr::null_mut();
        };
        // SAFETY: one thread, and no allocation happens while the state is borrowed.
        let state = unsafe { &mut *self.0.get() };
        let head = state.free[c];
        if head != 0 {
            // SAFETY: `head` is a free block of this class; its first word links the next.
            state.free[c] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        state.carve(1 << (c as u32 + MIN_SHIFT)) as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // Same layout as at allocation, so the same class.
        let Some(c) = class(layout.size(), layout.align()) else {
            return;
        };
        // SAFETY: as in `alloc`; the block is ours again and at least a word long.
        let state = unsafe { &mut *self.0.get() };
        unsafe { *(ptr as *mut usize) = state.free[c] };
        state.free[c] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A block already big enough stays where it is (a `Vec` growing within its class).
        if class(layout.size(), layout.align()) == class(new_size, layout.align()) {
            return ptr;
        }
        // SAFETY: the caller guarantees a valid layout for `new_size`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks hold at least the smaller size and do not overlap.
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}
