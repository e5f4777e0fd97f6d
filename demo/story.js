// Scrollytelling: the step nearest the middle of the screen sets the chart's highlight.
const chart = document.getElementById('story-chart');
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const id = entry.target.dataset.highlight;
      if (id) chart.setAttribute('highlight', id);
      else chart.removeAttribute('highlight');
    }
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
for (const step of document.querySelectorAll('.step')) observer.observe(step);
