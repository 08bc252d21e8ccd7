//! Typed errors: what can go wrong with an input article, carrying the values
//! a reader needs to act on it. Turned into sentences only at the boundary.

use thiserror::Error;

/// Why one article could not be compared. The others still are.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ArticleError {
    #[error("{id}: the article is empty")]
    Empty { id: String },
    #[error("{id}: no readable sentences were left after removing page debris")]
    NothingLeft { id: String },
    #[error("{id}: another article already has this id; only the first is compared")]
    DuplicateId { id: String },
    #[error("{id}: the same text as {first}; compared once")]
    DuplicateText { id: String, first: String },
}

impl ArticleError {
    /// The source the problem is about.
    pub fn source(&self) -> &str {
        match self {
            ArticleError::Empty { id }
            | ArticleError::NothingLeft { id }
            | ArticleError::DuplicateId { id }
            | ArticleError::DuplicateText { id, .. } => id,
        }
    }
}
