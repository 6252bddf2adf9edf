#!/usr/bin/env bash
# Opens examples/raw-article.md in headless Neovim configured with the README's snippet
# (examples/editors/neovim-0.7.lua, or neovim-0.11.lua on Neovim 0.11+), waits for Plume's
# diagnostics and prints them from vim.diagnostic.get(). Exit 0 when diagnostics arrived.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nvim >/dev/null || { echo "nvim not found (apt-get install -y neovim)" >&2; exit 2; }
[ -f dist/server.js ] || node esbuild.mjs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# `plume-language-server` as npm installs it: a link named after package.json's bin entry.
mkdir -p "$work/bin"
chmod +x dist/server.js
ln -s "$PWD/dist/server.js" "$work/bin/plume-language-server"
export PATH="$work/bin:$PATH"
minor=$(nvim --version | head -1 | sed -E 's/^NVIM v0\.([0-9]+).*/\1/')
snippet=examples/editors/neovim-0.7.lua
if [ "${minor:-0}" -ge 11 ]; then snippet=examples/editors/neovim-0.11.lua; fi
{
  cat "$snippet"
  cat <<'LUA'
vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
    local out = io.stdout
    out:write(('nvim %s, snippet loaded, diagnostics: %d\n'):format(tostring(vim.version and vim.version().minor), #vim.diagnostic.get(0)))
    for _, d in ipairs(vim.diagnostic.get(0)) do
      out:write(('%d:%d [%s] %s: %s\n'):format(d.lnum + 1, d.col + 1, d.source or '?', d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?', d.message))
    end
    vim.cmd(ok and 'qa!' or 'cq!')
  end,
})
LUA
} > "$work/init.lua"
echo "Neovim: $(nvim --version | head -1); snippet: $snippet"
cp examples/raw-article.md "$work/raw-article.md"
cd "$work"
timeout 60 nvim --headless -u "$work/init.lua" raw-article.md
