//! Where a transaction's gas goes, from anvil's opcode trace (`debug_traceTransaction`).

use alloy::primitives::Bytes;
use alloy::providers::Provider;
use eyre::WrapErr;
use paratii_chain::{Connection, TxInfo};
use serde::Deserialize;
use serde_json::json;

/// A transaction's `gasUsed`, split into intrinsic, calldata, execution by kind of opcode, and
/// refund (negative).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Profile {
    pub intrinsic: i64,
    pub calldata: i64,
    /// SLOAD and SSTORE.
    pub storage: i64,
    /// The call opcodes' own cost (account access, memory, a precompile's price).
    pub calls: i64,
    /// LOG0 to LOG4.
    pub events: i64,
    /// KECCAK256.
    pub hashing: i64,
    /// Every other opcode.
    pub other: i64,
    pub refund: i64,
}

impl Profile {
    /// The columns of the document's table, in order.
    pub const fn cells(&self) -> [i64; 8] {
        [
            self.intrinsic,
            self.calldata,
            self.storage,
            self.calls,
            self.events,
            self.hashing,
            self.other,
            self.refund,
        ]
    }

    fn charge(&mut self, op: &str, gas: i64) {
        let slot = match op {
            "SLOAD" | "SSTORE" => &mut self.storage,
            "CALL" | "STATICCALL" | "DELEGATECALL" | "CALLCODE" => &mut self.calls,
            "KECCAK256" => &mut self.hashing,
            op if op.starts_with("LOG") => &mut self.events,
            _ => &mut self.other,
        };
        *slot += gas;
    }
}

/// One step of a geth-style struct log.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Step {
    op: String,
    gas: i64,
    gas_cost: i64,
    depth: u64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Trace {
    struct_logs: Vec<Step>,
}

#[derive(Debug, Deserialize)]
struct Transaction {
    input: Bytes,
}

/// Splits `tx`'s `gasUsed`. Execution comes from anvil's struct logs: a step costs the gas it
/// leaves the next step of its own frame; a call step is charged only its own part (account
/// access, memory, and for a precompile, which has no steps, its price), since the callee's steps
/// are counted where they run.
pub async fn profile(conn: &Connection, tx: &TxInfo) -> eyre::Result<Profile> {
    let provider = conn.provider();
    let options = json!({"disableStack": true, "disableStorage": true, "disableMemory": true});
    let trace: Trace = provider
        .raw_request("debug_traceTransaction".into(), (tx.hash, options))
        .await
        .wrap_err_with(|| format!("debug_traceTransaction {}", tx.hash))?;
    let steps = trace.struct_logs;
    let mut p = Profile::default();
    // (call step index, gas at the callee's first step)
    let mut pending: Vec<(usize, i64)> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let next = steps.get(i + 1);
        let cost = match next {
            Some(n) if n.depth == step.depth => step.gas - n.gas,
            Some(n) if n.depth > step.depth => {
                pending.push((i, n.gas)); // a call entering a frame: charged on return
                continue;
            }
            _ => step.gas_cost, // the frame's last step (STOP, RETURN, REVERT...)
        };
        p.charge(&step.op, cost);
        if let Some(n) = next
            && n.depth < step.depth
            && let Some((call, callee_start)) = pending.pop()
        {
            let callee_used = callee_start - (step.gas - step.gas_cost);
            p.charge(&steps[call].op, steps[call].gas - n.gas - callee_used);
        }
    }
    let sent: Transaction = provider
        .raw_request("eth_getTransactionByHash".into(), (tx.hash,))
        .await
        .wrap_err_with(|| format!("eth_getTransactionByHash {}", tx.hash))?;
    let zeros = sent.input.iter().filter(|&&b| b == 0).count() as i64;
    p.intrinsic = 21_000;
    p.calldata = 4 * zeros + 16 * (sent.input.len() as i64 - zeros);
    let used = i64::try_from(tx.gas_used)?;
    p.refund = used - p.cells().iter().sum::<i64>();
    Ok(p)
}
