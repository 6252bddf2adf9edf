-- Plume in Neovim 0.7 to 0.10, with the built-in LSP client (no plugin needed).
-- Needs `plume-language-server` on PATH (npm install -g plume-seo).
local plume_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'mdx' },
  callback = function(args)
    plume_client = plume_client or vim.lsp.start_client({
      name = 'plume',
      cmd = { 'plume-language-server', '--stdio' },
      -- The site-wide checks index the Markdown files of this folder.
      root_dir = vim.fn.getcwd(),
      -- Answered to the server's workspace/configuration requests (same keys as .plumerc.json).
      settings = { plume = { locale = 'fr' } },
    })
    vim.lsp.buf_attach_client(args.buf, plume_client)
  end,
})
