import { describe, expect, test } from 'vitest';
import { islandModules, staticImports, withModulePreloads } from '../../../integrations/island-preload';

const page = (body: string) => `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`;
const island = (component: string, renderer: string) =>
  `<astro-island uid="a" component-url="${component}" component-export="default" renderer-url="${renderer}" props="{&quot;x&quot;:[0,&quot;a &gt; b&quot;]}" client="load"><p>ssr</p></astro-island>`;

describe('island modules', () => {
  test('reads component and renderer urls of every island, each once', () => {
    const html = page(island('/_astro/A.js', '/_astro/client.js') + island('/_astro/B.js', '/_astro/client.js'));
    expect(islandModules(html)).toEqual(['/_astro/A.js', '/_astro/client.js', '/_astro/B.js']);
  });

  test('a page without islands has none', () => {
    expect(islandModules(page('<p>component-url="/_astro/x.js"</p>'))).toEqual([]);
  });
});

describe('static imports', () => {
  test('follows import and re-export statements, not dynamic import()', () => {
    const code = 'import{a as b}from"./react.js";import"./side.js";export{c}from"./shared.js";const l=()=>import("./lazy.js");';
    expect(staticImports('/_astro/App.js', code)).toEqual(['/_astro/react.js', '/_astro/side.js', '/_astro/shared.js']);
  });

  test('resolves ../ and absolute specifiers, leaves bare ones', () => {
    expect(staticImports('/_astro/x/App.js', 'import"../up.js";import"/_astro/abs.js";import"react";')).toEqual(['/_astro/up.js', '/_astro/abs.js']);
  });
});

describe('withModulePreloads', () => {
  const modules: Record<string, string> = {
    '/_astro/A.js': 'import{r}from"./react.js";import{s}from"./shared.js";',
    '/_astro/shared.js': 'import{r}from"./react.js";',
    '/_astro/react.js': 'export const r=1;',
    '/_astro/client.js': 'import{r}from"./react.js";',
  };
  const read = (url: string) => modules[url];

  test('adds a modulepreload link per module, depth first and each once, before </head>', () => {
    const html = withModulePreloads(page(island('/_astro/A.js', '/_astro/client.js')), read);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
    expect(links).toEqual(['/_astro/A.js', '/_astro/react.js', '/_astro/shared.js', '/_astro/client.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  test('survives an import cycle and a module missing from the build', () => {
    const cyclic: Record<string, string> = { '/_astro/A.js': 'import"./B.js";import"./gone.js";', '/_astro/B.js': 'import"./A.js";' };
    const html = withModulePreloads(page(island('/_astro/A.js', '/_astro/B.js')), (url) => cyclic[url]);
    expect([...html.matchAll(/modulepreload" href="([^"]+)"/g)].map((match) => match[1])).toEqual(['/_astro/A.js', '/_astro/B.js']);
  });

  test('leaves a page without islands unchanged, and does not repeat a link the page has', () => {
    const plain = page('<p>hei</p>');
    expect(withModulePreloads(plain, read)).toBe(plain);
    const html = page(island('/_astro/react.js', '/_astro/react.js')).replace('</head>', '<link rel="modulepreload" href="/_astro/react.js"></head>');
    expect(withModulePreloads(html, read)).toBe(html);
  });
});
