//! Embeds the article corpus in `seeds/` at build time: every `*.txt` there, with
//! its `*.meta.json` sidecar when present, so a new file appears after a rebuild.
//! Also reads the word lists in `data/` into the engine's lexicon
//! (`src/engine/lexicon/source.rs`).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "src/engine/lexicon/source.rs"]
mod lexicon_source;

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    lexicon(Path::new(&root));
    let seeds = Path::new(&root).join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());

    let mut stems: Vec<String> = fs::read_dir(&seeds)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    name.strip_suffix(".txt").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    stems.sort();

    let mut out =
        String::from("/// `(id, text, metadata JSON or \"\")` of every embedded article.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for stem in &stems {
        let text = seeds.join(format!("{stem}.txt"));
        let meta = seeds.join(format!("{stem}.meta.json"));
        println!("cargo:rerun-if-changed={}", text.display());
        println!("cargo:rerun-if-changed={}", meta.display());
        let meta = if meta.exists() {
            format!("include_str!({:?})", meta.display().to_string())
        } else {
            "\"\"".to_owned()
        };
        let _ = writeln!(
            out,
            "    ({stem:?}, include_str!({:?}), {meta}),",
            text.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Writes the lexicon's lists as Rust, read from `data/`.
fn lexicon(root: &Path) {
    let read = |name: &str| {
        let path = root.join("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let lists = lexicon_source::Lists::from_files(read);
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon.rs");
    fs::write(dest, lists.rust()).expect("OUT_DIR is writable");
}
