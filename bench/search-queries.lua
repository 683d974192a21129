-- wrk script: cycles through catalogue searches in Chinese and English, partial words and a misspelling.
local queries = {
  "%E9%A9%BE%E9%A9%B6%E8%AF%81",              -- 驾驶证
  "driver%20licence%20renewal",
  "%E5%85%AC%E7%A7%AF%E9%87%91%E6%8F%90%E5%8F%96", -- 公积金提取
  "provid",
  "insurance",
  "%E5%B1%85%E4%BD%8F%E8%AF%81",              -- 居住证
  "licnce",
  "%E6%88%B7%E5%8F%A3%E8%BF%81%E7%A7%BB",     -- 户口迁移
  "business%20licence",
  "%E5%8C%BB%E4%BF%9D",                       -- 医保
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/citizen/services?q=" .. queries[(i % #queries) + 1])
end
