-- wrk request mix for reliability/load.sh: searches, citation look-ups, law/provision/link reads
-- and impact analyses, picked at random per request in fixed proportions (weights below).
-- Real law ids from the e-Gov corpus: 民法, 刑法, 日本国憲法, 個人情報保護法, 行政手続法.
local searches = {"個人情報", "損害賠償", "行政処分 取消し", "電気通信事業者", "公務員 守秘義務", "通信の秘密",
  "罰金 懲役", "\"不正アクセス\"", "国家公安委員会", "補助金", "届出 義務", "審議会 設置"}
local citations = {"民法第七百九条", "刑法第百九十九条", "憲法第二十一条", "個人情報の保護に関する法律第二条",
  "行政手続法第五条", "民法709条", "刑法第二百三十五条", "地方自治法第二条第二項"}
local reads = {
  "/api/laws/129AC0000000089", "/api/laws/129AC0000000089/provisions/a709",
  "/api/laws/140AC0000000045/provisions/a199", "/api/laws/321CONSTITUTION/provisions/a21",
  "/api/laws/321CONSTITUTION/provisions/a21/links?direction=in&limit=20",
  "/api/laws/129AC0000000089/provisions/a709/links?direction=in&limit=20",
  "/api/laws/415AC0000000057/provisions/a2/links?direction=out",
  "/api/laws/405AC0000000088/provisions/a5", "/api/laws/140AC0000000045/cited-by"}
local outlines = {
  "政府は、電気通信事業者から通信に関する情報の提供を受けて、これを取得し、分析することができるものとする。この取得の適正を確保するため、独立した委員会を置く。",
  "国は、地方公共団体に対し、補助金を交付することができる。補助金の交付を受けた者は、毎年度、事業の実績を報告しなければならない。違反した者は、五十万円以下の罰金に処する。",
  "個人情報取扱事業者は、個人データの漏えいが生じたときは、個人情報保護委員会に報告しなければならないものとする。"}

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local requests = {}
local function add(weight, req) for _ = 1, weight do requests[#requests + 1] = req end end
-- "wrk … -s mix.lua URL -- nocache": searches vary their paging so that the service's result cache
-- (keyed by the whole request) rarely answers them; without it repeated searches are cache hits.
local nocache = false
local searchPaths = {}

init = function(args)
  nocache = args[1] == "nocache"
  for _, q in ipairs(searches) do
    for _ = 1, 4 do searchPaths[#searchPaths + 1] = "/api/search?q=" .. enc(q) end
    add(4, wrk.format("GET", "/api/search?q=" .. enc(q) .. "&limit=10"))
  end
  for _, q in ipairs(citations) do
    for _ = 1, 3 do searchPaths[#searchPaths + 1] = "/api/search?q=" .. enc(q) end
    add(3, wrk.format("GET", "/api/search?q=" .. enc(q) .. "&limit=10"))
  end
  for _, p in ipairs(reads) do add(3, wrk.format("GET", p)) end
  for _, t in ipairs(outlines) do
    add(3, wrk.format("POST", "/api/impact?limit=20", {["Content-Type"] = "application/json"},
      '{"text":"' .. t .. '"}'))
  end
end

request = function()
  local r = math.random(#requests)
  if nocache and r <= #searchPaths then
    return wrk.format("GET", searchPaths[r] .. "&limit=" .. math.random(1, 50) .. "&offset=" .. math.random(0, 200))
  end
  return requests[r]
end

local errors = 0
response = function(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
