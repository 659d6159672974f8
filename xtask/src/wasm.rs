//! Just enough of the wasm binary format to lay out the widget module for gzip.
//!
//! Readers download the module gzipped, and gzip only finds repeats within 32 KB of each
//! other. Rust's generics make many near-copies of one function (`Vec<T>::clone` for each
//! `T`), and the modules of one crate share idioms, but the linker lays functions out in no
//! such order. wasm-opt can sort functions by name (`--reorder-functions-by-name`), so
//! xtask orders them by giving each function a name that sorts where it should go:
//!
//! - [`function_bodies`] reads the code section;
//! - [`similarity_order`] chains the functions greedily, each next to the ones whose bytes
//!   it shares most;
//! - [`with_function_names`] replaces the name section with zero-padded ranks.
//!
//! [`without_custom_section`] drops the names when wasm-opt is not there to. Nothing here
//! changes what the module does: a function's place in the code section is not observable.

use std::collections::HashMap;

/// A section: its id and its contents (without the id and size bytes).
struct Section<'a> {
    id: u8,
    body: &'a [u8],
    /// The whole section as it is in the module, id and size bytes included.
    raw: &'a [u8],
}

fn leb128(bytes: &[u8], at: &mut usize) -> Option<usize> {
    let mut value = 0usize;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at)?;
        *at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(value);
        }
    }
    None
}

fn push_leb128(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The module's sections, or None when it is not a wasm module (the magic number, then
/// sections of an id byte and a LEB128 size each) or is cut short.
fn sections(module: &[u8]) -> Option<Vec<Section<'_>>> {
    if module.get(..4)? != b"\0asm" || module.len() < 8 {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 8;
    while at < module.len() {
        let start = at;
        let id = module[at];
        at += 1;
        let size = leb128(module, &mut at)?;
        let body = module.get(at..at.checked_add(size)?)?;
        at += size;
        out.push(Section {
            id,
            body,
            raw: &module[start..at],
        });
    }
    Some(out)
}

/// A custom section's name (None for other sections).
fn custom_name<'a>(section: &Section<'a>) -> Option<&'a [u8]> {
    if section.id != 0 {
        return None;
    }
    let mut at = 0;
    let len = leb128(section.body, &mut at)?;
    section.body.get(at..at.checked_add(len)?)
}

/// `module` without its custom sections called `name` (None if it is not a wasm module).
pub fn without_custom_section(module: &[u8], name: &str) -> Option<Vec<u8>> {
    let mut out = module.get(..8)?.to_vec();
    for section in sections(module)? {
        if custom_name(&section) != Some(name.as_bytes()) {
            out.extend_from_slice(section.raw);
        }
    }
    Some(out)
}

/// How many functions the module imports (they come first in the function index space)
/// and the bodies of the ones it defines, in order. None when the module has imports of a
/// kind other than functions (the widget module has none; reading their descriptions is not
/// worth the code) or does not parse.
pub fn function_bodies(module: &[u8]) -> Option<(usize, Vec<&[u8]>)> {
    let mut imported = 0;
    let mut bodies = Vec::new();
    for section in sections(module)? {
        let body = section.body;
        let mut at = 0;
        match section.id {
            2 => {
                for _ in 0..leb128(body, &mut at)? {
                    for _ in 0..2 {
                        // module name, field name
                        let len = leb128(body, &mut at)?;
                        at = at.checked_add(len)?;
                    }
                    if *body.get(at)? != 0 {
                        return None;
                    }
                    at += 1;
                    leb128(body, &mut at)?; // the type index
                    imported += 1;
                }
            }
            10 => {
                for _ in 0..leb128(body, &mut at)? {
                    let len = leb128(body, &mut at)?;
                    bodies.push(body.get(at..at.checked_add(len)?)?);
                    at += len;
                }
            }
            _ => {}
        }
    }
    Some((imported, bodies))
}

/// `module` with its name section replaced by one that names each defined function after
/// its place in `order` (`"000000"`, `"000001"`, …: equal widths, so names sort as numbers),
/// so that sorting by name puts the functions in that order. `order[k]` is the position
/// (among defined functions) of the function that goes k-th.
pub fn with_function_names(module: &[u8], imported: usize, order: &[usize]) -> Option<Vec<u8>> {
    let width = order.len().to_string().len();
    let mut rank = vec![0; order.len()];
    for (k, &f) in order.iter().enumerate() {
        *rank.get_mut(f)? = k;
    }
    let mut names = Vec::new();
    push_leb128(&mut names, order.len());
    for (f, r) in rank.iter().enumerate() {
        push_leb128(&mut names, imported + f);
        let name = format!("{r:0width$}");
        push_leb128(&mut names, name.len());
        names.extend_from_slice(name.as_bytes());
    }
    let mut section = Vec::new();
    push_leb128(&mut section, 4);
    section.extend_from_slice(b"name");
    section.push(1); // the function names subsection
    push_leb128(&mut section, names.len());
    section.extend_from_slice(&names);
    let mut out = without_custom_section(module, "name")?;
    out.push(0);
    push_leb128(&mut out, section.len());
    out.extend_from_slice(&section);
    Some(out)
}

/// Byte strings this long are what [`similarity_order`] compares functions by.
const SHINGLE: usize = 4;
/// A shingle found in more functions than this says nothing about likeness (it is a
/// common instruction sequence), and following it would cost quadratic time.
const COMMON: usize = 300;
/// How fast a function's pull fades as other functions are placed after the one it is
/// like: gzip's window is only 32 KB.
const FADE: f64 = 0.9;

/// An order of the functions (positions in `bodies`, each once) that puts functions with
/// shared byte strings near each other: starting from the first function, repeatedly place
/// the unplaced function with the most 4-byte strings in common with the recently placed
/// ones (weighing recent ones more, and long functions less, by the square root of their
/// length). When nothing unplaced shares anything, the next one in the given order comes,
/// so an input already sorted by name keeps that order where likeness says nothing.
///
/// Measured on the widget module (373,094 bytes gzipped as the linker laid it out): sorted
/// by name 365,930; this order on top of that 359,086. Tried and worse: 8-byte strings
/// (+2 KB), no length weighing (+2.5 KB), weighing by full length (+3.3 KB), a cut-off of
/// 30 or 100 functions per string (+1 to +2 KB), slower or faster fading (+0.5 to +1 KB).
pub fn similarity_order(bodies: &[&[u8]]) -> Vec<usize> {
    let n = bodies.len();
    let shingles: Vec<Vec<u32>> = bodies
        .iter()
        .map(|body| {
            let mut s: Vec<u32> = body
                .windows(SHINGLE)
                .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
                .collect();
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    let mut holders: HashMap<u32, Vec<usize>> = HashMap::new();
    for (f, s) in shingles.iter().enumerate() {
        for &x in s {
            holders.entry(x).or_default().push(f);
        }
    }
    holders.retain(|_, fs| fs.len() <= COMMON);
    let weight: Vec<f64> = bodies
        .iter()
        .map(|b| 1.0 / (1.0 + (b.len() as f64).sqrt()))
        .collect();
    let mut pull = vec![0.0f64; n];
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut current = 0;
    while order.len() < n {
        placed[current] = true;
        order.push(current);
        for p in pull.iter_mut() {
            *p *= FADE;
        }
        for x in &shingles[current] {
            for &f in holders.get(x).map_or(&[][..], Vec::as_slice) {
                pull[f] += 1.0;
            }
        }
        let best = (0..n)
            .filter(|&f| !placed[f])
            .map(|f| (pull[f] * weight[f], f))
            .fold(None, |best: Option<(f64, usize)>, (score, f)| match best {
                Some((s, _)) if s >= score => best,
                _ => Some((score, f)),
            });
        current = match best {
            None => break,
            Some((score, f)) if score > 0.01 => f,
            // Nothing is alike: the next unplaced function in the given order.
            Some(_) => (current + 1..n)
                .chain(0..current)
                .find(|&f| !placed[f])
                .unwrap_or(0),
        };
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with `imports` imported functions and the given bodies (type indices 0).
    fn module(imports: usize, bodies: &[&[u8]]) -> Vec<u8> {
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        let mut section = |id: u8, body: Vec<u8>| {
            out.push(id);
            push_leb128(&mut out, body.len());
            out.extend_from_slice(&body);
        };
        let mut import = Vec::new();
        push_leb128(&mut import, imports);
        for i in 0..imports {
            import.extend_from_slice(&[1, b'm', 1, b'a' + i as u8, 0, 0]);
        }
        section(2, import);
        let mut code = Vec::new();
        push_leb128(&mut code, bodies.len());
        for b in bodies {
            push_leb128(&mut code, b.len());
            code.extend_from_slice(b);
        }
        section(10, code);
        section(0, b"\x04name\x01\x01\x00".to_vec()); // an old name section
        section(0, b"\x04keep".to_vec());
        out
    }

    #[test]
    fn only_the_named_custom_section_is_dropped() {
        let m = module(1, &[b"\0\x0b"]);
        let stripped = without_custom_section(&m, "name").unwrap();
        assert_eq!(stripped.len(), m.len() - 10);
        assert!(stripped.ends_with(b"\0\x05\x04keep"));
        assert_eq!(without_custom_section(&m, "other").unwrap(), m);
        // Not wasm, or cut short: no answer rather than a wrong one.
        assert_eq!(without_custom_section(b"\0asx\x01\0\0\0", "name"), None);
        assert_eq!(without_custom_section(&m[..m.len() - 2], "name"), None);
    }

    #[test]
    fn bodies_and_imports_are_read() {
        let m = module(2, &[b"\0\x41\x01\x0b", b"\0\x0b"]);
        let (imported, bodies) = function_bodies(&m).unwrap();
        assert_eq!(imported, 2);
        assert_eq!(bodies, vec![&b"\0\x41\x01\x0b"[..], &b"\0\x0b"[..]]);
    }

    #[test]
    fn names_give_ranks_after_the_imports() {
        let m = module(1, &[b"\0\x0b", b"\0\x0b", b"\0\x0b"]);
        let named = with_function_names(&m, 1, &[2, 0, 1]).unwrap();
        // One name section, the new one, at the end; the "keep" section stays.
        let tail = b"\0\x11\x04name\x01\x0a\x03\x01\x011\x02\x012\x03\x010";
        assert!(named.ends_with(tail), "{:?}", &named[named.len() - 30..]);
        assert!(without_custom_section(&named, "name")
            .unwrap()
            .ends_with(b"\0\x05\x04keep"));
        assert_eq!(with_function_names(&m, 1, &[0, 5, 1]), None);
    }

    #[test]
    fn alike_functions_end_up_next_to_each_other() {
        let a: Vec<u8> = (0..200u8).collect();
        let b: Vec<u8> = (0..200u8).rev().collect();
        let mut a2 = a.clone();
        a2[100] = 7;
        let mut b2 = b.clone();
        b2[50] = 9;
        let c = vec![1u8; 10];
        let bodies: Vec<&[u8]> = vec![&a, &b, &c, &a2, &b2];
        let order = similarity_order(&bodies);
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2, 3, 4], "a permutation");
        let at = |f: usize| order.iter().position(|&g| g == f).unwrap();
        assert_eq!(at(0), 0, "starts with the first function");
        assert_eq!(at(3), 1, "a's near-copy comes right after it");
        assert_eq!(
            at(4).abs_diff(at(1)),
            1,
            "b and its near-copy are neighbours"
        );
    }

    #[test]
    fn unlike_functions_keep_their_order() {
        let bodies: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i; 3]).collect();
        let refs: Vec<&[u8]> = bodies.iter().map(Vec::as_slice).collect();
        assert_eq!(similarity_order(&refs), vec![0, 1, 2, 3, 4]);
    }
}
