// The demo article's switches. The widgets follow <html lang> by themselves: in Korean the
// page translates its own text too; in the other six languages only the charts change (each
// widget gets the language's tag; Arabic ones then read right to left), and the article
// stays in English.
const korean = {
  kicker: '경제 · 무역',
  langLabel: '차트 언어',
  switchTheme: '다크 모드',
  headline: '지식서비스 무역적자, 2025년 상반기에 또 커졌다',
  dek: '특허 사용료, 해외에 맡긴 연구개발, 외국 OTT·게임·AI 구독료가 적자를 45.3억 달러로 키웠다.',
  p1: '한국은행 잠정 집계에 따르면 2025년 상반기 지식서비스 수지는 45.3억 달러 적자로, 언론 환산으로 약 6조2천억 원이다. 2024년 하반기보다 적자가 7.7억 달러 커졌고, 수치가 확인된 2023년 이후 반기마다 늘었다.',
  p2: '적자를 키운 것은 지식재산권 사용료다. 특허 등 산업재산권과 OTT·온라인 게임·AI 앱 같은 저작권 사용료 적자가 14.4억 달러에서 24.5억 달러로 늘었다. 해외 연구개발 발주가 포함된 사업서비스는 여전히 가장 큰 적자 항목이다. 반면 정보통신서비스는 반기 기준 최대 흑자를 냈다.',
  p3: '지역별로는 아시아에서 흑자, 북미와 유럽에서 적자를 냈다. 지역별 업종 구성은 발표되지 않았다.',
  p4: '한국은행의 다른 통계인 지식재산권 무역수지는 더 긴 흐름을 보여 준다. 2010년대 내내 적자가 줄었고 2021년과 2023년에는 잠시 흑자로 돌아섰다.',
  bridgeHeading: '무엇이 적자를 키웠나',
};
const english = {};
for (const el of document.querySelectorAll('[data-i18n]')) english[el.dataset.i18n] = el.textContent;
for (const el of document.querySelectorAll('[data-i18n-heading]')) english[el.dataset.i18nHeading] = el.getAttribute('heading');

const WIDGETS = 'deficit-trend, driver-breakdown, region-split';

function setLang(lang) {
  const article = lang === 'ko' ? 'ko' : 'en';
  document.documentElement.lang = article;
  for (const widget of document.querySelectorAll(WIDGETS)) {
    if (lang === article) widget.removeAttribute('lang');
    else widget.setAttribute('lang', lang);
  }
  document.getElementById('choose-lang').value = lang;
  const text = article === 'ko' ? korean : english;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = text[el.dataset.i18n] ?? el.textContent;
  for (const el of document.querySelectorAll('[data-i18n-heading]')) el.setAttribute('heading', text[el.dataset.i18nHeading]);
  document.getElementById('toggle-theme').textContent = themeLabel();
}

function themeLabel() {
  const dark = document.documentElement.classList.contains('dark');
  const ko = document.documentElement.lang === 'ko';
  return dark ? (ko ? '라이트 모드' : 'Light') : ko ? '다크 모드' : 'Dark';
}

function setTheme(theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  for (const widget of document.querySelectorAll(WIDGETS)) widget.setAttribute('theme', theme);
  document.getElementById('toggle-theme').textContent = themeLabel();
}

document.getElementById('choose-lang').addEventListener('change', (event) => setLang(event.target.value));
document.getElementById('toggle-theme').addEventListener('click', () =>
  setTheme(document.documentElement.classList.contains('dark') ? 'light' : 'dark'),
);

// ?lang=ar&theme=dark, for links and screenshots.
const params = new URLSearchParams(location.search);
const asked = params.get('lang');
if (asked && document.querySelector(`#choose-lang option[value="${CSS.escape(asked)}"]`)) setLang(asked);
if (params.get('theme') === 'dark') setTheme('dark');
