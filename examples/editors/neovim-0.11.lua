-- Plume in Neovim 0.11 or later: vim.lsp.config + vim.lsp.enable.
-- Needs `plume-language-server` on PATH (npm install -g plume-seo).
vim.lsp.config('plume', {
  cmd = { 'plume-language-server', '--stdio' },
  filetypes = { 'markdown', 'mdx' },
  root_markers = { '.plumerc.json', '.git' },
  settings = { plume = { locale = 'fr' } },
})
vim.lsp.enable('plume')
